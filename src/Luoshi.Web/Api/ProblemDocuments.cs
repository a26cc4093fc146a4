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
