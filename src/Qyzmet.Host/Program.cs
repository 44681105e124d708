using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using Qyzmet.Host;
using Qyzmet.Host.Api;
using Qyzmet.Host.Cli;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform;

if (args.Length > 0 && QyzmetCli.IsCommand(args[0]))
{
    return await QyzmetCli.RunAsync(args);
}

var app = QyzmetHost.Build(args);
app.Lifetime.ApplicationStarted.Register(() => QyzmetHost.PrintWelcome(app));
await app.RunAsync();
return 0;

/// <summary>Entry point, public so that WebApplicationFactory can find it.</summary>
public partial class Program;

namespace Qyzmet.Host
{
    public static class QyzmetHost
    {
        private const string SessionOrBearer = "session-or-bearer";

        public static WebApplication Build(string[] args)
        {
            var builder = WebApplication.CreateBuilder(args);
            if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            {
                builder.WebHost.UseUrls("http://127.0.0.1:5080");
            }

            builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 10 * 1024 * 1024);
            var services = builder.Services;
            services.AddQyzmetDatabase(builder.Configuration);
            services.AddHostedService<DatabaseStartup>();
            services.AddQyzmetPlatform(builder.Configuration, HostModules.All, DatabaseSetup.ClusteredJobStore(builder.Configuration));
            services.AddQyzmetTelemetry(builder.Configuration);
            if (builder.Environment.IsDevelopment())
            {
                // The SMS gateway is simulated: in Development the one-time codes are printed so a newcomer can sign in.
                services.PostConfigure<Platform.Trust.TrustOptions>(o => o.ShowOtpCodes = true);
            }

            services.AddScoped<ApplicationViews>();
            services.AddScoped<DocumentVerifier>();
            services.AddScoped<CalendarOverrideLoader>();
            services.AddScoped<MciRateLoader>();
            services.AddSingleton<IStringLocalizerFactory, UiTextLocalizerFactory>();
            services.AddSingleton<IStringLocalizer, UiTextLocalizer>();
            services.AddLocalization();
            services.AddProblemDetails();
            services.AddExceptionHandler<ProblemDetailsHandler>();
            services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
            services.AddOpenApi();
            services.AddRazorPages();
            // Pages are in Kazakh and Russian: write Cyrillic as text, not as &#x...; entities.
            services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
                o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
            services.AddScoped<TrustSignIn>();
            // Pages use the session cookie; API clients may send "Authorization: Bearer <token>" from ?token=true sign-in.
            services.AddAuthentication(SessionOrBearer).AddPolicyScheme(SessionOrBearer, "Session cookie or bearer token", o =>
                o.ForwardDefaultSelector = ctx => ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddBearerToken(o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddCookie(o =>
            {
                o.LoginPath = "/signin";
                o.Cookie.Name = "qyzmet-session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                // The API answers 401/403 as ProblemDetails; only pages redirect to the sign-in page.
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, KernelErrors.SignInRequired);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, KernelErrors.Forbidden);
            });
            services.AddAuthorization();
            // Keys in the database: a session cookie issued by one instance is read by all of them.
            services.AddDataProtection().SetApplicationName("qyzmet").PersistKeysToDbContext<Platform.Data.QyzmetDbContext>();
            return builder.Build().UseQyzmet();
        }

        private static WebApplication UseQyzmet(this WebApplication app)
        {
            // Localization first, so that error responses are written in the caller's language too.
            app.UseRequestLocalization(Language.Options());
            app.UseExceptionHandler();
            app.UseStatusCodePages();
            app.Use(async (ctx, next) =>
            {
                // Small JSON bodies only on the API; a bigger one is refused before it is read.
                // Attachments have their own, larger limit (checked again by the service).
                var limit = ctx.Request.Path.Value?.EndsWith("/attachments", StringComparison.Ordinal) == true
                    ? Platform.Cases.AttachmentErrors.MaxBytes + (64 * 1024)
                    : ApiLimits.MaxBodyBytes;
                if (ctx.Request.Path.StartsWithSegments("/api") && ctx.Request.ContentLength > limit)
                {
                    throw new QyzmetException(KernelErrors.BodyTooLarge, limit);
                }

                var feature = ctx.Features.Get<IHttpMaxRequestBodySizeFeature>();
                if (ctx.Request.Path.StartsWithSegments("/api") && feature is { IsReadOnly: false })
                {
                    feature.MaxRequestBodySize = limit;
                }

                await next();
            });
            app.UseStaticFiles();
            app.UseAuthentication();
            app.UseAuthorization();
            app.MapOpenApi();
            app.MapSystemEndpoints();
            app.MapApplicationEndpoints();
            app.MapRefusalEndpoints();
            app.MapDocumentEndpoints();
            app.MapTrustEndpoints();
            app.MapPowerOfAttorneyEndpoints();
            app.MapDevKeyEndpoints();
            foreach (var module in HostModules.All)
            {
                module.MapEndpoints(app);
            }

            app.MapRazorPages();
            app.MapFallback(ctx => throw new QyzmetException(KernelErrors.NotFound, ctx.Request.Path.Value));
            return app;
        }

        public static void PrintWelcome(WebApplication app)
        {
            var url = app.Urls.FirstOrDefault() ?? "http://127.0.0.1:5080";
            Console.WriteLine();
            Console.WriteLine($"Qyzmet is running at {url}");
            Console.WriteLine($"  portal:   {url}/");
            Console.WriteLine($"  sign in:  {url}/signin (EDS through NCALayer, one-time password, or in Development a demo account)");
            Console.WriteLine("  signer:   no NCALayer? run the development signer: dotnet run --project src/Qyzmet.Host -- signer");
            Console.WriteLine($"  keys:     demo key files under <data>/pki/keys, password '{Platform.Trust.CertificateRegistry.DemoPassword}' (Development: {url}/signin lists downloads)");
            Console.WriteLine($"  API:      {url}/openapi/v1.json");
            Console.WriteLine("Demo accounts (IIN — name — role):");
            foreach (var p in Platform.Seeding.DemoData.People)
            {
                Console.WriteLine($"  {p.Iin}  {p.FullName}  applicant");
            }

            foreach (var s in Platform.Seeding.DemoData.StaffMembers.Concat(HostModules.All.SelectMany(m => m.DemoStaff)))
            {
                Console.WriteLine($"  {s.Iin}  {s.FullName}  {s.Role} ({s.UnitId})");
            }
        }

        private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> ctx, ErrorCode error)
        {
            if (!ctx.Request.Path.StartsWithSegments("/api"))
            {
                ctx.Response.Redirect(ctx.RedirectUri);
                return Task.CompletedTask;
            }

            throw new QyzmetException(error);
        }
    }
}
