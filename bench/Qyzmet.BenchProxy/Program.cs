// A local reverse proxy for the two-instance benchmark (issue 16 "1 and 2 instances behind a local reverse proxy"; D-365):
// round-robin over the backends given as --backends http://127.0.0.1:5101,http://127.0.0.1:5102, no affinity (the
// platform keeps no state in an instance: sessions are data-protected cookies whose keys live in the database).
// Usage: dotnet run -c Release --project bench/Qyzmet.BenchProxy -- --urls http://127.0.0.1:5099 --backends URL[,URL...]
using Yarp.ReverseProxy.Configuration;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var backends = (builder.Configuration["backends"] ?? throw new InvalidOperationException("--backends URL[,URL...] is required"))
    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var routes = new[] { new RouteConfig { RouteId = "all", ClusterId = "qyzmet", Match = new RouteMatch { Path = "{**path}" } } };
var clusters = new[]
{
    new ClusterConfig
    {
        ClusterId = "qyzmet",
        LoadBalancingPolicy = "RoundRobin",
        Destinations = backends.Select((url, i) => (url, i)).ToDictionary(x => "instance" + x.i, x => new DestinationConfig { Address = x.url }),
    },
};
builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);
var app = builder.Build();
app.MapReverseProxy();
app.Run();
