using Microsoft.AspNetCore.Http;

namespace Luoshi.Web.Problems;

/// <summary>Which requests are answered with problem documents rather than an error page: the API's, and the office
/// files and attachments when a program (not a browser asking for a page) downloads them.</summary>
internal static class ApiPaths
{
    public static bool Contains(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Contains(request, request.Path);
    }

    /// <summary>The same for a request whose path was <paramref name="path"/> before the error handler changed it.</summary>
    public static bool Contains(HttpRequest request, PathString path)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return (path.StartsWithSegments("/exports", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/attachments", StringComparison.OrdinalIgnoreCase))
            && !request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
