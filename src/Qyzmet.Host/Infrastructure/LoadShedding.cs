using System.Threading.RateLimiting;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// Issue 16 item 6 (D-345): an instance takes only as many submissions at once as it can finish (a concurrency limiter
/// with a short queue); the excess is answered at once with 503, Retry-After and ProblemDetails (H-0008) instead of
/// waiting for a database connection until the pool gives up. A pool that is exhausted anyway (or SQLite busy) is a 503
/// with Retry-After too (H-0009), never a 500.
/// </summary>
internal static class LoadShedding
{
    /// <summary>What Retry-After says, in seconds.</summary>
    public const int RetryAfterSeconds = 1;

    public static IServiceCollection AddQyzmetLoadShedding(this IServiceCollection services, IConfiguration configuration)
    {
        // Qyzmet:Limits: SubmissionConcurrency submissions run at once per instance, SubmissionQueue more may wait for one.
        var permits = Math.Max(1, configuration.GetValue("Qyzmet:Limits:SubmissionConcurrency", Math.Max(8, Environment.ProcessorCount * 8)));
        var queue = Math.Max(0, configuration.GetValue("Qyzmet:Limits:SubmissionQueue", permits * 2));
        // D-802, D-814: sign-in attempts are counted in the database (UseSignInThrottle), shared by every instance.
        services.AddScoped<SignInThrottle>();
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => IsSubmission(http.Request)
                ? RateLimitPartition.GetConcurrencyLimiter("submissions", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = permits,
                    QueueLimit = queue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                : RateLimitPartition.GetNoLimiter("other"));
            o.OnRejected = (context, _) => RejectAsync(context.HttpContext, HostErrors.SubmissionsBusy);
        });
        return services;
    }

    /// <summary>
    /// D-802, D-814: a sign-in attempt from an address that used up its window is refused with SEC-0001 (429, Retry-After)
    /// before the endpoint runs; the count is the database's, so it holds across instances.
    /// </summary>
    public static IApplicationBuilder UseSignInThrottle(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (SignInThrottle.IsSignInAttempt(ctx.Request)
            && await ctx.RequestServices.GetRequiredService<SignInThrottle>().CountAddressAsync(ctx, ctx.RequestAborted) is { } retryAfter)
        {
            await RejectAsync(ctx, SecurityErrors.SignInTooManyFromAddress, retryAfter);
            return;
        }

        await next();
    });

    /// <summary>A submission: the API's POST .../applications or the apply page's form.</summary>
    public static bool IsSubmission(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Value is { } path
        && ((path.StartsWith("/api/services/", StringComparison.Ordinal) && path.EndsWith("/applications", StringComparison.Ordinal))
            || path.StartsWith("/apply/", StringComparison.Ordinal));

    /// <summary>503 (or 429) with Retry-After: ProblemDetails on the API, the error page for a person at a page.</summary>
    public static async ValueTask RejectAsync(HttpContext http, Qyzmet.Kernel.Errors.ErrorCode error, int retryAfterSeconds = RetryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (ErrorResponses.IsApi(http.Request))
        {
            await ProblemDetailsHandler.WriteAsync(http, http.Request.Path, error, [retryAfterSeconds], null, null);
            return;
        }

        http.Response.StatusCode = error.Status; // the status code pages show the error page in the person's language
    }

    /// <summary>The database could not give a connection in time (pool exhausted, connect timeout) or SQLite stayed busy.</summary>
    public static bool IsDatabaseBusy(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Npgsql.NpgsqlException n when n.Message.Contains("pool", StringComparison.OrdinalIgnoreCase)
                    || n.InnerException is TimeoutException:
                case Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 }: // SQLITE_BUSY, SQLITE_LOCKED
                    return true;
            }
        }

        return false;
    }

    /// <summary>What Retry-After says when the database cannot be reached (D-806): a PostgreSQL restart takes seconds.</summary>
    public const int UnavailableRetryAfterSeconds = 5;

    /// <summary>
    /// Issue 17 (D-806): the database cannot be reached at all: the connection refused or cut (socket and stream errors),
    /// the server shutting down, starting up or in recovery (SQLSTATE 57P01–57P03), a connection exception (class 08), or
    /// no connection slot left on the server (53300). Anything else (a constraint, a bug) stays what it is.
    /// </summary>
    public static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Npgsql.PostgresException p:
                    return p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState is "57P01" or "57P02" or "57P03" or "53300";
                case Npgsql.NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException or EndOfStreamException }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The 503 a database fault becomes (busy: D-345; unreachable: D-806), with its Retry-After; null for anything else.</summary>
    public static (Qyzmet.Kernel.Errors.ErrorCode Error, int RetryAfterSeconds)? DatabaseFault(Exception exception) =>
        IsDatabaseBusy(exception) ? (HostErrors.DatabaseBusy, RetryAfterSeconds)
        : IsDatabaseUnavailable(exception) ? (HostErrors.DatabaseUnavailable, UnavailableRetryAfterSeconds)
        : null;

    /// <summary>
    /// Bounds how long a request waits for a pooled PostgreSQL connection (Npgsql's Timeout covers the pool wait), unless
    /// the connection string sets its own: Qyzmet:Database:PoolWaitSeconds, 5 by default.
    /// </summary>
    public static string BoundPoolWait(string connectionString, IConfiguration configuration)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!System.Text.RegularExpressions.Regex.IsMatch(connectionString, @"(^|;)\s*timeout\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            builder.Timeout = configuration.GetValue("Qyzmet:Database:PoolWaitSeconds", 5);
        }

        return builder.ConnectionString;
    }
}
