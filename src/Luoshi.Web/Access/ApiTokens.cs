using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Luoshi.Web.Access;

/// <summary>Where an API token travels: the Authorization header's bearer value.</summary>
internal static class ApiTokens
{
    private const string Bearer = "Bearer ";

    public static string? Secret(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) && header.Length > Bearer.Length
            ? header[Bearer.Length..].Trim()
            : null;
    }
}
