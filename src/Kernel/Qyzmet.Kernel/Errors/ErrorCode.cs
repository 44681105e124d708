using Qyzmet.Kernel.Text;

namespace Qyzmet.Kernel.Errors;

/// <summary>
/// A stable, documented error: <see cref="Code"/> never changes once published (clients switch on it),
/// <see cref="Status"/> is the HTTP status it maps to, and the message says what is wrong and how to fix it.
/// Messages may carry <c>{0}</c>-style placeholders filled from the exception's arguments.
/// </summary>
public sealed record ErrorCode(string Code, int Status, LocalizedText Message);

/// <summary>Thrown for any rule violation or bad input; mapped once to RFC 9457 ProblemDetails by the host.</summary>
public sealed class QyzmetException(ErrorCode error, params object?[] args)
    : Exception($"{error.Code}: {error.Message.Format("en", args)}")
{
    public ErrorCode Error { get; } = error;

    public IReadOnlyList<object?> Arguments { get; } = args;

    /// <summary>Field-level details for validation failures (field name → localized message).</summary>
    public IDictionary<string, LocalizedText> Fields { get; init; } = new Dictionary<string, LocalizedText>();

    public string LocalizedMessage(string? language) => Error.Message.Format(language, [.. Arguments]);
}
