using Caravan.Core.Sharing;
using Caravan.Storage;
using Caravan.Web.Accounts;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web;

/// <summary>
/// Opens a store for one request, bound to the signed-in user's organisation: every read through it sees
/// only what the markings allow that organisation, and every statement stops when the request is aborted or
/// runs out of time. The database is a SQLite file or a PostgreSQL URL.
/// </summary>
public sealed class StoreProvider(Func<Reader, IEventStore> open, IHttpContextAccessor requests)
{
    /// <summary>A store reading as the current request's user; a request without one may read nothing.</summary>
    public IEventStore Open()
    {
        var user = requests.HttpContext?.User ?? throw new InvalidOperationException("no request");
        if (user.Identity?.IsAuthenticated != true || user.Organisation() is not { Length: > 0 } organisation)
        {
            throw new InvalidOperationException("the store is opened for a signed-in user only");
        }

        return BoundToRequest(open(Reader.Of(organisation, user.Role()) with { Name = user.Analyst() }));
    }

    /// <summary>A store reading as the instance: for signing in (before anyone is known) and for publishing to TAXII.</summary>
    public IEventStore OpenAsInstance() => BoundToRequest(open(Reader.Instance));

    // A request past its time limit, or whose client went away, stops its statement in the database.
    private IEventStore BoundToRequest(IEventStore store)
    {
        if (store is ICancellableStore cancellable && requests.HttpContext is { } context)
        {
            cancellable.StopWhen(context.RequestAborted);
        }

        return store;
    }
}
