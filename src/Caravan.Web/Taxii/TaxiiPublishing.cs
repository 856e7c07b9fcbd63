using Caravan.Exchange.Taxii;

namespace Caravan.Web.Taxii;

/// <summary>
/// Brings the TAXII collections up to date before they are read: what was ingested or reviewed since the last
/// request is published first. One catch-up at a time; when nothing waits it costs one small query.
/// </summary>
public sealed class TaxiiPublishing(StoreProvider stores)
{
    private readonly SemaphoreSlim turn = new(1, 1);

    public async Task CatchUpAsync(CancellationToken cancellation)
    {
        await turn.WaitAsync(cancellation);
        try
        {
            using var store = stores.OpenAsInstance();
            StixPublisher.CatchUp(store);
        }
        finally
        {
            turn.Release();
        }
    }
}
