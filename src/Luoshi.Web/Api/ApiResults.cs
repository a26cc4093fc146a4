using Luoshi.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Luoshi.Web.Api;

/// <summary>How the API answers a refused change: a problem document with the message and the place (field, line),
/// 409 for a version conflict so a client knows to read again, 400 otherwise.</summary>
internal static class ApiResults
{
    public static ProblemHttpResult Refused(StoreError error) => TypedResults.Problem(
        detail: error.Message,
        statusCode: error.Problem?.Kind is { } kind ? Status(kind)
            : error.Message.StartsWith("conflict", StringComparison.Ordinal) ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest,
        title: "refused",
        extensions: new Dictionary<string, object?> { ["place"] = error.Place });

    // A refusal in the domain's shape says its kind: forbidden 403, not found 404, conflict 409, too large 413.
    private static int Status(Domain.Wording.ProblemKind kind) => kind switch
    {
        Domain.Wording.ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
        Domain.Wording.ProblemKind.NotFound => StatusCodes.Status404NotFound,
        Domain.Wording.ProblemKind.Conflict => StatusCodes.Status409Conflict,
        Domain.Wording.ProblemKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };

    public static ProblemHttpResult Invalid(string message, string field) => TypedResults.Problem(
        detail: message, statusCode: StatusCodes.Status400BadRequest, title: "invalid", extensions: new Dictionary<string, object?> { ["place"] = field });
}
