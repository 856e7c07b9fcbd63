using Caravan.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Accounts;

/// <summary>
/// Turns the store's refusal of a write (<see cref="WriteRefusedException"/>, from the one write rule) into a 403
/// on every path: a problem body for the API and TAXII, the "denied" page for a browser. Endpoints need not
/// catch it, so none can forget to.
/// </summary>
public sealed class WriteRefusals : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not WriteRefusedException refused)
        {
            return false;
        }

        if (CaravanServer.IsApi(context.Request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(
                new { title = "Not yours to change", status = 403, detail = refused.Message },
                options: null,
                contentType: "application/problem+json",
                cancellationToken: cancellationToken);
        }
        else
        {
            context.Response.Redirect("/denied");
        }

        return true;
    }
}
