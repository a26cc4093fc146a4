using Luoshi.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Luoshi.Web.Problems;

/// <summary>How the host answers what it cannot do: never a stack trace, an empty 400 or a blank 404. The API (and
/// a program downloading an office file) gets an RFC 9457 problem document in the caller's language; a page gets the
/// error page in the reader's language with a way back.</summary>
internal static class ProblemPipeline
{
    /// <summary>Binding failures thrown (so that they can be answered with the field at fault) and the handler.</summary>
    public static IServiceCollection AddProblemAnswers(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }

    /// <summary>Failures and bodiless error answers, before routing so that the error page is routed on re-execution.</summary>
    public static IApplicationBuilder UseProblemAnswers(this IApplicationBuilder app)
    {
        app.UseExceptionHandler("/error");
        app.UseWhen(c => ApiPaths.Contains(c.Request), api => api.UseStatusCodePages(async status =>
            await ProblemDocuments.WriteAsync(status.HttpContext, ProblemDocuments.OfStatus(status.HttpContext.Response.StatusCode)).ConfigureAwait(false)));
        app.UseWhen(c => !ApiPaths.Contains(c.Request), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        return app;
    }
}
