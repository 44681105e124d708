using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Qyzmet.Platform.Documents;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// The S3-compatible document store (ADR 0029), for production installations with an object store (MinIO, Ceph, a
/// cloud bucket): one object per document, keyed by its SHA-256. A PUT answered 200 is durable by the store's own
/// guarantee. Tested against moto's S3 server (S3DocumentStoreTests, D-380), not yet against MinIO or Ceph.
/// </summary>
internal sealed class S3DocumentBlobStore(IAmazonS3 client, S3DocumentStoreOptions options) : IDocumentBlobStore
{
    public string KeyOf(string sha256) => options.Prefix + sha256[..2] + "/" + sha256 + ".pdf";

    public async Task PutAsync(string sha256, byte[] content, CancellationToken ct)
    {
        using var stream = new MemoryStream(content, writable: false);
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = options.Bucket,
            Key = KeyOf(sha256),
            InputStream = stream,
            ContentType = "application/pdf",
            // The store checks the bytes it received against this checksum and refuses a torn upload.
            ChecksumAlgorithm = ChecksumAlgorithm.SHA256,
        }, ct);
    }

    public async Task<byte[]?> GetAsync(string sha256, CancellationToken ct)
    {
        try
        {
            using var response = await client.GetObjectAsync(options.Bucket, KeyOf(sha256), ct);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, ct);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}

internal static class S3DocumentStoreSetup
{
    /// <summary><c>Qyzmet:Documents:Store = s3</c> replaces the default file store with the bucket named in <c>Qyzmet:Documents:S3</c>.</summary>
    public static IServiceCollection AddS3DocumentStoreIfConfigured(this IServiceCollection services, IConfiguration configuration)
    {
        var store = configuration["Qyzmet:Documents:Store"] ?? "file";
        if (string.Equals(store, "file", StringComparison.OrdinalIgnoreCase))
        {
            return services;
        }

        if (!string.Equals(store, "s3", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Qyzmet:Documents:Store is '{store}'; it must be 'file' or 's3'.");
        }

        services.Replace(ServiceDescriptor.Singleton<IDocumentBlobStore>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DocumentStoreOptions>>().Value.S3;
            if (string.IsNullOrWhiteSpace(o.ServiceUrl) || string.IsNullOrWhiteSpace(o.Bucket) || string.IsNullOrWhiteSpace(o.AccessKey)
                || string.IsNullOrWhiteSpace(o.SecretKey))
            {
                throw new InvalidOperationException("Qyzmet:Documents:S3 needs ServiceUrl, Bucket, AccessKey and SecretKey.");
            }

            var client = new AmazonS3Client(new BasicAWSCredentials(o.AccessKey, o.SecretKey),
                new AmazonS3Config { ServiceURL = o.ServiceUrl, ForcePathStyle = true, AuthenticationRegion = o.Region });
            return new S3DocumentBlobStore(client, o);
        }));
        return services;
    }
}
