using Luoshi.Domain.Wording;
using Luoshi.Web.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Luoshi.Web.Problems;

/// <summary>Turns what the API could not do into problem documents: a request the framework could not bind (400,
/// naming the field), and any failure of the server (500, in the caller's language, logged, never a stack trace).
/// Pages are left to the error page.</summary>
internal sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // The middleware has already pointed the request at the error page: the feature keeps where it was going.
        var failed = httpContext.Features.Get<IExceptionHandlerFeature>();
        if (!ApiPaths.Contains(httpContext.Request, failed?.Path ?? httpContext.Request.Path) || httpContext.Response.HasStarted)
        {
            return false;
        }

        ProblemDetails document;
        if (exception is BadHttpRequestException bad)
        {
            document = ProblemDocuments.Of(RequestProblems.Of(bad, failed?.Endpoint));
            if (bad.StatusCode is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType)
            {
                document.Status = bad.StatusCode;
                document.Title = Catalogue.Problems.Status(bad.StatusCode);
            }
        }
        else
        {
            Failed(logger, httpContext.Request.Method, failed?.Path ?? httpContext.Request.Path, exception);
            document = ProblemDocuments.OfStatus(StatusCodes.Status500InternalServerError);
        }

        await ProblemDocuments.WriteAsync(httpContext, document).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void Failed(ILogger logger, string method, string path, Exception exception);
}
