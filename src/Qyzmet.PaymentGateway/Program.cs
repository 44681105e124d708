namespace Qyzmet.PaymentGateway;

/// <summary>
/// Runs the simulated payment gateway alone: dotnet run --project src/Qyzmet.PaymentGateway -- --data &lt;folder&gt; --urls &lt;url&gt;.
/// Usually the host starts it in-process (Qyzmet:Payments:Gateway = "simulated", ADR 0020). A named class, not top-level
/// statements, so that its entry point is not a second global <c>Program</c> beside the host's.
/// </summary>
internal static class GatewayProgram
{
    public static async Task Main(string[] args)
    {
        var data = "data";
        var urls = "http://127.0.0.1:5081";
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--data")
            {
                data = args[i + 1];
            }
            else if (args[i] == "--urls")
            {
                urls = args[i + 1];
            }
        }

        var app = GatewayApp.Build(new GatewaySettings { DataPath = Path.GetFullPath(data), Urls = urls });
        await app.RunAsync();
    }
}
