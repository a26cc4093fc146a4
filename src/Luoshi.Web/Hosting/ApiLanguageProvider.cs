using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Luoshi.Web.Hosting;

/// <summary>The API's callers are programs that say their language the standard way, in Accept-Language; pages stay
/// Chinese unless the reader chose English (?lang=, the language cookie), whatever the browser sends, since an office's
/// computers are often set to English.</summary>
internal sealed class ApiLanguageProvider : RequestCultureProvider
{
    private readonly AcceptLanguageHeaderRequestCultureProvider _header = new();

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            ? _header.DetermineProviderCultureResult(httpContext)
            : NullProviderCultureResult;
    }
}
