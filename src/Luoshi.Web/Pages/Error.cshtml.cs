using Luoshi.Domain.Wording;
using Luoshi.Web.Problems;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages;

/// <summary>The page for what could not be shown or done (400, 403, 404, 405, 500…), in the reader's language, with the
/// problem when a page named one, and a way back. Reached by re-execution: the status is the original answer's.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The status shown.</summary>
    public int Status { get; private set; }

    /// <summary>The heading.</summary>
    public Words Title => Catalogue.Problems.Status(Status);

    /// <summary>What happened, in a sentence.</summary>
    public Words Explanation => Catalogue.Problems.Explanation(Status);

    /// <summary>The refusal a page named, if any.</summary>
    public Problem? Problem { get; private set; }

    /// <summary>Where the reader came from on this site, to go back to; null when unknown.</summary>
    public string? Back { get; private set; }

    /// <summary>Shows the page for any method: a failed POST is answered here too.</summary>
    public void OnGet(int? code) => Show(code);

    /// <inheritdoc cref="OnGet"/>
    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        Status = failed ? StatusCodes.Status500InternalServerError : code is >= 400 and < 600 ? code.Value : Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        Problem = PageProblems.Of(HttpContext);
        var referer = Request.Headers.Referer.ToString();
        Back = Uri.TryCreate(referer, UriKind.Absolute, out var from) && from.Host == Request.Host.Host && from.PathAndQuery != Request.Path.Value
            ? from.PathAndQuery : null;
    }
}
