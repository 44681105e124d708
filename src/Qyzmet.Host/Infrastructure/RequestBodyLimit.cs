using Qyzmet.Kernel.Errors;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// Issue 17 (D-813): a request body read through this stream stops at the limit, whatever the server does with
/// <c>IHttpMaxRequestBodySizeFeature</c> and whether or not the client announced a length (chunked bodies). Passing the limit
/// is K-0005 (413, ProblemDetails): a QyzmetException, so no body reader mistakes it for broken JSON or a dropped connection.
/// </summary>
internal sealed class RequestBodyLimit(Stream inner, long limit) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Count(int read)
    {
        _read += read;
        if (_read > limit)
        {
            throw new QyzmetException(KernelErrors.BodyTooLarge, limit);
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
