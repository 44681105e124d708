using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
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

WebApplication app;
try
{
    app = QyzmetHost.Build(args);
}
catch (DataFolderUnusableException e)
{
    // D-805: a clear message and a non-zero exit code, nothing written.
    Console.Error.WriteLine(e.Message);
    return DataFolder.UnusableExitCode;
}

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
            // The content root (appsettings.json, wwwroot) is where the host was built or published, not the folder it
            // was started in (RunWorkingDirectory in the project file keeps that one for the CLI's file arguments).
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
            // D-312: one absolute data folder for the database and the CA, the checkout's ./data when run from source.
            builder.Configuration["Qyzmet:DataPath"] = DataFolder.Resolve(builder.Configuration["Qyzmet:DataPath"], AppContext.BaseDirectory,
                Directory.GetCurrentDirectory());
            DataFolder.EnsureUsable(builder.Configuration["Qyzmet:DataPath"]!);
            if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            {
                builder.WebHost.UseUrls("http://127.0.0.1:5080");
            }

            builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 10 * 1024 * 1024);
            var services = builder.Services;
            services.AddQyzmetDatabase(builder.Configuration);
            services.AddHostedService<DatabaseStartup>();
            if (SimulatedGatewayHost.ChooseAddress(builder.Configuration, builder.Environment) is not null)
            {
                services.AddHostedService<SimulatedGatewayHost>();
            }
            services.AddQyzmetPlatform(builder.Configuration, HostModules.All, DatabaseSetup.ClusteredJobStore(builder.Configuration));
            services.AddS3DocumentStoreIfConfigured(builder.Configuration);
            services.AddQyzmetTelemetry(builder.Configuration);
            services.AddQyzmetLoadShedding(builder.Configuration);
            // D-814: behind a reverse proxy, the client's address (counted by the sign-in limits) comes from X-Forwarded-For,
            // believed only from the proxies listed in Qyzmet:ForwardedHeaders:KnownProxies (off when the list is empty).
            var knownProxies = KnownProxies(builder.Configuration);
            if (knownProxies.Count > 0)
            {
                services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o =>
                {
                    o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                        | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
                    o.KnownIPNetworks.Clear();
                    o.KnownProxies.Clear();
                    foreach (var proxy in knownProxies)
                    {
                        o.KnownProxies.Add(proxy);
                    }
                });
            }

            if (builder.Environment.IsDevelopment())
            {
                // The SMS gateway is simulated: in Development the one-time codes are printed so a newcomer can sign in.
                services.PostConfigure<Platform.Trust.TrustOptions>(o => o.ShowOtpCodes = true);
            }

            services.AddPortalMenu();
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
            services.AddRazorPages(o => o.Conventions.ConfigureFilter(new StaleFormFilter()));
            // Pages are in Kazakh and Russian: write Cyrillic as text, not as &#x...; entities.
            services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
                o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
            services.AddScoped<TrustSignIn>();
            services.AddSingleton<Qyzmet.Portal.DeskSubjects>();
            // Pages use the session cookie; API clients may send "Authorization: Bearer <token>" from ?token=true sign-in.
            services.AddAuthentication(SessionOrBearer).AddPolicyScheme(SessionOrBearer, "Session cookie or bearer token", o =>
                o.ForwardDefaultSelector = ctx => ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddBearerToken(o => o.BearerTokenExpiration = TrustEndpoints.BearerTokenLifetime)
            .AddCookie(o =>
            {
                o.LoginPath = "/signin";
                o.Cookie.Name = "qyzmet-session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                // Issue 17 (D-801): Secure whenever the request came over TLS (a loopback http run keeps working).
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                // The API answers 401/403 as ProblemDetails; only pages redirect to the sign-in page.
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, KernelErrors.SignInRequired);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, KernelErrors.Forbidden);
                // Issue 10 item 8 (D-311): every cookie sign-in opens a server-side session, every request checks it, and
                // sign-out ends it for all instances; a copied cookie dies with it. Sign-ins anywhere (API, pages) pass here.
                // Issue 17 (D-801, session fixation): a sign-in always opens a new session id and ends the one the browser
                // already carried, so a cookie planted or copied before the sign-in never becomes the signed-in session.
                o.Events.OnSigningIn = async ctx =>
                {
                    var sessions = ctx.HttpContext.RequestServices.GetRequiredService<Platform.Trust.Sessions>();
                    if (ctx.HttpContext.User.Identity?.IsAuthenticated == true)
                    {
                        await sessions.EndAsync(ctx.HttpContext.User, ctx.HttpContext.RequestAborted);
                    }

                    ctx.Principal = await sessions.StartAsync(ctx.Principal!, Platform.Trust.Sessions.MaxLifetime, ctx.HttpContext.RequestAborted);
                };
                o.Events.OnValidatePrincipal = async ctx =>
                {
                    if (!await ctx.HttpContext.RequestServices.GetRequiredService<Platform.Trust.Sessions>()
                        .IsActiveAsync(ctx.Principal!, ctx.HttpContext.RequestAborted))
                    {
                        ctx.RejectPrincipal();
                        await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }
                };
                o.Events.OnSigningOut = ctx => ctx.HttpContext.RequestServices.GetRequiredService<Platform.Trust.Sessions>()
                    .EndAsync(ctx.HttpContext.User, ctx.HttpContext.RequestAborted);
            });
            services.AddAuthorization();
            // The anti-forgery cookie: HttpOnly and SameSite=Strict (its defaults), Secure over TLS (D-801).
            services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
            // Keys in the database: a session cookie issued by one instance is read by all of them.
            // Keys are encrypted at rest with a certificate from the shared data folder (no "unencrypted" warning).
            services.AddDataProtection().SetApplicationName("qyzmet").PersistKeysToDbContext<Platform.Data.QyzmetDbContext>()
                .ProtectKeysWithCertificate(Platform.Trust.DataProtectionCertificate.LoadOrCreate(builder.Configuration["Qyzmet:DataPath"]!));
            return builder.Build().UseQyzmet();
        }

        /// <summary>Qyzmet:ForwardedHeaders:KnownProxies: the proxies' addresses, a list or one comma-separated string (D-814).</summary>
        private static List<System.Net.IPAddress> KnownProxies(IConfiguration configuration)
        {
            var section = configuration.GetSection("Qyzmet:ForwardedHeaders:KnownProxies");
            var values = section.Value is { } one ? one.Split(',') : section.GetChildren().Select(c => c.Value ?? "").ToArray();
            return [.. values.Select(v => v.Trim()).Where(v => v.Length > 0).Select(v => System.Net.IPAddress.TryParse(v, out var address)
                ? address
                : throw new InvalidOperationException($"Qyzmet:ForwardedHeaders:KnownProxies: '{v}' is not an IP address."))];
        }

        private static WebApplication UseQyzmet(this WebApplication app)
        {
            if (KnownProxies(app.Configuration).Count > 0)
            {
                // D-814: first, so that every later middleware (the sign-in limits above all) sees the client's address.
                app.UseForwardedHeaders();
            }

            // Issue 17 (ADR 0024): security headers on every response, error pages and static files included.
            app.UseQyzmetSecurityHeaders(app.Configuration, app.Environment);
            // Localization first, so that error responses are written in the caller's language too.
            app.UseRequestLocalization(Language.Options());
            // Errors: the API answers with ProblemDetails, a page request gets the error page in the person's language.
            app.UseExceptionHandler("/error/500");
            app.UseWhen(ctx => ErrorResponses.IsApi(ctx.Request), api => api.UseStatusCodePages(ErrorResponses.WriteApiStatusAsync));
            app.UseWhen(ctx => !ErrorResponses.IsApi(ctx.Request), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
            app.Use(async (ctx, next) =>
            {
                // Small JSON bodies only on the API; a bigger one is refused before it is read.
                // File uploads (attachments, the S1 photo and signature: multipart) have the attachments' larger limit;
                // each service checks its own, smaller one again (D-618).
                var limit = ctx.Request.Path.Value?.EndsWith("/attachments", StringComparison.Ordinal) == true
                    || ctx.Request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true
                    ? Platform.Cases.AttachmentErrors.MaxBytes + (64 * 1024)
                    : ApiLimits.MaxBodyBytes;
                if (ctx.Request.Path.StartsWithSegments("/api") && ctx.Request.ContentLength > limit)
                {
                    throw new QyzmetException(KernelErrors.BodyTooLarge, limit);
                }

                var feature = ctx.Features.Get<IHttpMaxRequestBodySizeFeature>();
                if (ctx.Request.Path.StartsWithSegments("/api") && feature is { IsReadOnly: false })
                {
                    // The server's own check is the backstop; an unannounced body meets ours first (below).
                    feature.MaxRequestBodySize = ctx.Request.ContentLength is null ? 2 * limit : limit;
                }

                if (ctx.Request.Path.StartsWithSegments("/api") && ctx.Request.ContentLength is null)
                {
                    // D-813: an unannounced (chunked) body is counted as it is read and stops at the same limit, as a 413
                    // ProblemDetails (the server's check would surface inside a body reader as a dropped connection).
                    ctx.Request.Body = new RequestBodyLimit(ctx.Request.Body, limit);
                }

                await next();
            });
            app.UseStaticFiles();
            // Routing after the error middleware, so that re-executing /error/{status} finds its page.
            app.UseRouting();
            // D-345: excess submissions are refused at once, before any database work (session check included).
            app.UseRateLimiter();
            app.UseSignInThrottle();
            app.UseAuthentication();
            // D-821: a body type routing refuses (415) is refused only after the caller has been checked, as any other body.
            app.UseCallerCheckedBeforeBodyType(app);
            app.Use(async (ctx, next) =>
            {
                // D-311: a bearer token is good only while its server-side session is open (cookies are checked by the
                // cookie handler's OnValidatePrincipal). An ended session leaves the request anonymous.
                if (ctx.User.Identity?.IsAuthenticated == true
                    && ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    && !await ctx.RequestServices.GetRequiredService<Platform.Trust.Sessions>().IsActiveAsync(ctx.User, ctx.RequestAborted))
                {
                    ctx.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
                }

                await next();
            });
            app.Use(async (ctx, next) =>
            {
                // Issue 17 (D-816): an API endpoint that reads a body (JSON or a file) wants a signed-in caller unless it says
                // AllowAnonymous (sign-in, the kiosk, the gateway's callbacks); the caller is checked before the body is read,
                // so an anonymous caller hears 401, not what is wrong with a body it may not send at all.
                if (ErrorResponses.IsApi(ctx.Request) && ctx.User.Identity?.IsAuthenticated != true && ctx.GetEndpoint() is { } endpoint
                    && endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null
                    && endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>() is not null)
                {
                    throw new QyzmetException(KernelErrors.SignInRequired);
                }

                await next();
            });
            app.UseAuthorization();
            app.MapOpenApi();
            app.MapSystemEndpoints();
            app.MapApplicationEndpoints();
            app.MapPaymentEndpoints();
            app.MapComplaintEndpoints();
            app.MapRefusalEndpoints();
            app.MapDeskEndpoints();
            app.MapTaskEndpoints();
            app.MapDocumentEndpoints();
            app.MapTrustEndpoints();
            app.MapPowerOfAttorneyEndpoints();
            app.MapDevKeyEndpoints();
            app.MapStaffingEndpoints();
            app.MapMonitoringEndpoints();
            app.MapAddressEndpoints();
            foreach (var module in HostModules.All)
            {
                module.MapEndpoints(app);
            }

            app.MapRazorPages();
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
            var data = app.Configuration["Qyzmet:DataPath"] ?? "";
            Console.WriteLine($"  data:     {data}");
            Console.WriteLine($"  keys:     demo key files under {Path.Combine(data, "pki", "keys")}, password '{Platform.Trust.CertificateRegistry.DemoPassword}' (Development: {url}/signin lists downloads)");
            Console.WriteLine($"  API:      {url}/openapi/v1.json");
            if (SimulatedGatewayHost.IsEnabled(app.Configuration))
            {
                Console.WriteLine($"  payments: simulated gateway at {app.Configuration["Qyzmet:Payments:GatewayUrl"] ?? new Platform.Payments.PaymentGatewayOptions().GatewayUrl} (card 4000 0000 0000 0002 is declined)");
            }

            if (!DataFolder.SeedDemoData(app.Configuration, app.Environment))
            {
                return; // D-312: no demo accounts outside Development unless Qyzmet:SeedDemoData is true
            }

            using var scope = app.Services.CreateScope();
            var units = scope.ServiceProvider.GetRequiredService<Platform.Data.QyzmetDbContext>().ProviderUnits.AsNoTracking().ToList();
            foreach (var line in DemoAccountLines(units))
            {
                Console.WriteLine(line);
            }
        }

        /// <summary>
        /// The demo accounts as the operator reads them (issue 11 "no internal ids"): the IIN, which is what signs in, the name,
        /// and the role's and the unit's declared labels, never their ids.
        /// </summary>
        public static IEnumerable<string> DemoAccountLines(IEnumerable<Platform.Identity.ProviderUnit> units)
        {
            var unitLabels = units.ToDictionary(u => u.Id, u => u.Label().For("en"), StringComparer.Ordinal);
            yield return "Demo accounts (IIN to sign in — name — role, unit):";
            var applicant = Platform.Identity.Roles.Label(Platform.Identity.Roles.Applicant).For("en");
            foreach (var p in Platform.Seeding.DemoData.People)
            {
                yield return $"  {p.Iin}  {p.FullName}  {applicant}";
            }

            foreach (var s in Platform.Seeding.DemoData.StaffMembers.Concat(HostModules.All.SelectMany(m => m.DemoStaff)))
            {
                // A unit missing from the register still reads as a place, not as its id.
                var unit = unitLabels.TryGetValue(s.UnitId, out var label) ? label : "—";
                yield return $"  {s.Iin}  {s.FullName}  {Platform.Identity.Roles.Label(s.Role).For("en")}, {unit}";
            }
        }

        /// <summary>
        /// The sign-in page keeps the language the person chose (?lang= survives the redirect), and says their session
        /// ended when a form was sent without one (the form's typed data is kept by the page, wwwroot/js/form-draft.js).
        /// </summary>
        private static string SignInRedirect(RedirectContext<CookieAuthenticationOptions> ctx)
        {
            var request = ctx.Request;
            var returnUrl = (request.PathBase + request.Path).ToString() + request.QueryString;
            var query = new Dictionary<string, string?>();
            var lang = request.Query["lang"].ToString();
            if (lang is "kk" or "ru" or "en")
            {
                query["lang"] = lang;
            }

            if (HttpMethods.IsPost(request.Method))
            {
                // A form was sent without a session: bring the person back to it with what they typed (form-draft.js).
                returnUrl = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(returnUrl, "draft", "1");
                query["expired"] = "1";
            }

            query["ReturnUrl"] = returnUrl;
            return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(request.PathBase + ctx.Options.LoginPath, query);
        }

        private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> ctx, ErrorCode error)
        {
            if (!ErrorResponses.IsApi(ctx.Request))
            {
                ctx.Response.Redirect(error == KernelErrors.SignInRequired ? SignInRedirect(ctx) : ctx.RedirectUri);
                return Task.CompletedTask;
            }

            throw new QyzmetException(error);
        }
    }
}
