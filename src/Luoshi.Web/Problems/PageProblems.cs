using Luoshi.Domain.Wording;
using Luoshi.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Problems;

/// <summary>A page that cannot show what was asked (a day or year out of range, a record not there) answers with the
/// error page for the problem's kind, which names the problem; the problem travels to it in the request's items.</summary>
public static class PageProblems
{
    private const string Key = "luoshi.problem";

    /// <summary>The answer that shows <paramref name="problem"/> on the error page, with its status.</summary>
    public static IActionResult Refuse(HttpContext context, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problem);
        context.Items[Key] = problem;
        return new StatusCodeResult(ProblemDocuments.Status(problem.Kind));
    }

    /// <summary>The problem a page refused with, for the error page.</summary>
    public static Problem? Of(HttpContext context) => context?.Items[Key] as Problem;
}
