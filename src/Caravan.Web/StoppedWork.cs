using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web;

/// <summary>
/// A database statement stopped because its request ran out of time surfaces as the database's own error
/// ("interrupted", "canceling statement"); seen while the request is aborted, it is the cancellation it is, so the
/// time-out middleware answers 504 and nothing is logged as a fault.
/// </summary>
internal static class StoppedWork
{
    public static IApplicationBuilder UseStoppedWorkAsCancellation(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            throw new OperationCanceledException("The request was stopped: its time ran out or its client left.", e, context.RequestAborted);
        }
    });
}
