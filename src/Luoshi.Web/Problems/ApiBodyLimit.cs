using Luoshi.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Luoshi.Web.Problems;

/// <summary>Pages take forms up to <see cref="WebSettings.MaxFormBytes"/> so an oversized file comes back refused beside
/// its field; the API keeps the attachment limit and a megabyte, answered as a 413 problem document.</summary>
internal static class ApiBodyLimit
{
    public static IApplicationBuilder UseApiBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (ApiPaths.Contains(context.Request) && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = context.RequestServices.GetRequiredService<WebSettings>().MaxAttachmentBytes + (1024 * 1024);
        }

        await next(context).ConfigureAwait(false);
    });
}
