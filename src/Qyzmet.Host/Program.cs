var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => Results.Ok());
app.Run();

/// <summary>Entry point, public so that WebApplicationFactory can find it.</summary>
public partial class Program;
