namespace Caravan.Storage;

/// <summary>
/// A store whose statements stop when a token is cancelled: the one running is interrupted in the database, and no
/// new one starts. A request that timed out, or whose client went away, frees the database at once instead of
/// running its query to the end for nobody.
/// </summary>
public interface ICancellableStore
{
    /// <summary>Binds the store's statements to <paramref name="token"/> for the rest of its life.</summary>
    void StopWhen(CancellationToken token);
}
