using Luoshi.Domain.Wording;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Api;

/// <summary>The one mapping of the product's error shape (<see cref="Problem"/>) to an RFC 9457 problem document:
/// the status from its kind (400, 404, 409, 403, 413), title and detail in the caller's language (the request's
/// culture: ?lang=, the language cookie, or Accept-Language for the API), and where it is as the extensions
/// <c>place</c> (in words) and <c>field</c> (the field's machine name), so a client can mark the field at fault.</summary>
public static class ProblemDocuments
{
    /// <summary>The HTTP status of a refusal of <paramref name="kind"/>.</summary>
    public static int Status(ProblemKind kind) => kind switch
    {
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        ProblemKind.Conflict => StatusCodes.Status409Conflict,
        ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
        ProblemKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>The problem document of <paramref name="problem"/>.</summary>
    public static ProblemDetails Of(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var document = new ProblemDetails
        {
            Status = Status(problem.Kind),
            Title = Catalogue.Problems.Title(problem.Kind),
            Detail = problem.Message,
        };
        document.Extensions["place"] = problem.Place?.ToString();
        document.Extensions["field"] = problem.Place?.Field;
        return document;
    }

    /// <summary>The problem document of an answer that has no problem of its own: a page or record not found (an empty
    /// 404), no valid token (401), a method the address does not take (405), a failure of the server (500).</summary>
    public static ProblemDetails OfStatus(int status) => new()
    {
        Status = status,
        Title = Catalogue.Problems.Status(status),
        Detail = Catalogue.Problems.Explanation(status),
    };

    /// <summary>Writes <paramref name="document"/> as the answer (application/problem+json, the API's JSON options).</summary>
    public static Task WriteAsync(HttpContext context, ProblemDetails document)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TypedResults.Problem(document).ExecuteAsync(context);
    }

    /// <summary>Several problems of one input (a pushed batch): the first as the document, all of them listed.</summary>
    public static ProblemDetails Of(IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var document = Of(problems[0]);
        if (problems.Count > 1)
        {
            document.Detail = Catalogue.Problems.Several(problems.Count);
        }

        document.Extensions["errors"] = problems.Select(p => new Listed(p.Place?.ToString(), p.Place?.Field, p.Message)).ToList();
        return document;
    }

    /// <summary>One problem of a list: where, the field, and what is wrong.</summary>
    public sealed record Listed(string? Place, string? Field, string Message);
}
