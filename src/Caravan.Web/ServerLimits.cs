using System.Globalization;
using System.Text;

namespace Caravan.Web;

/// <summary>
/// How much work one request may ask of the server: the size of a pasted document, how long a request may run,
/// and how many requests do heavy work at once (the rest wait in a queue, and /api/health never does).
/// </summary>
public sealed record ServerLimits
{
    /// <summary>The largest document text the API and the pages take, in bytes of UTF-8.</summary>
    public long MaxDocumentBytes { get; init; } = 4L * 1024 * 1024;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests doing work at once; on two cores, four keep both busy and leave the health check a thread.</summary>
    public int ConcurrentRequests { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>Requests waiting for a turn; beyond this the server answers 503 with Retry-After.</summary>
    public int QueuedRequests { get; init; } = 1000;

    public bool TooLong(string text) => Encoding.UTF8.GetByteCount(text) > MaxDocumentBytes;

    /// <summary>"4 MB": the limit as a person reads it.</summary>
    public string MaxDocumentSize => MaxDocumentBytes % (1024 * 1024) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{MaxDocumentBytes / (1024 * 1024)} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{MaxDocumentBytes / 1024} KB");
}
