using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages;

/// <summary>
/// What a browser sees when a page cannot be shown: a page in the site's frame with words, never a problem-details
/// body. "Not found" also covers what exists but is not the reader's to see, so it tells a stranger nothing.
/// </summary>
[AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string Title { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        Code = code;
        (Title, Explanation) = code switch
        {
            400 => ("That request was not understood", "Something in the address or the form could not be read. Check it and try again."),
            403 => ("Not allowed", "Your role or organisation does not allow this. Ask an administrator of your organisation."),
            404 => ("Not found", "There is nothing at this address that you may see. It may have been mistyped, or it belongs to an organisation that has not shared it."),
            413 => ("Too large", "What was sent is larger than this server takes."),
            503 => ("Busy", "The server has more work waiting than it takes. Try again in a few seconds."),
            >= 500 => ("Something went wrong on the server", "The error has been logged. Try again; if it happens again, tell the administrator what you were doing."),
            _ => ($"Error {code}", "The page could not be shown."),
        };
        if (code is >= 400 and <= 599)
        {
            Response.StatusCode = code;
        }
    }
}
