using Luoshi.Domain.Wording;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Luoshi.Web.Api;

/// <summary>How the API answers a refusal: always the problem document of <see cref="ProblemDocuments"/>.</summary>
internal static class ApiResults
{
    public static ProblemHttpResult Refused(Problem problem) => TypedResults.Problem(ProblemDocuments.Of(problem));

    public static ProblemHttpResult Refused(IReadOnlyList<Problem> problems) => TypedResults.Problem(ProblemDocuments.Of(problems));

    public static ProblemHttpResult Invalid(Words message, string field) => Refused(new Problem(message, Place.OfField(field)));
}
