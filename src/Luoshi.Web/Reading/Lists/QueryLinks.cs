using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Luoshi.Web.Reading.Lists;

/// <summary>Links that keep a list's filter: the address asked for, with some of its parameters changed or removed.</summary>
public static class QueryLinks
{
    /// <summary>The request's path and query with <paramref name="changes"/> applied (a null value removes the key).</summary>
    public static string With(HttpRequest request, params (string Key, string? Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(changes);
        var query = new QueryBuilder();
        foreach (var (key, values) in request.Query)
        {
            if (changes.Any(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase)) || string.Equals(key, "handler", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var value in values)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    query.Add(key, value);
                }
            }
        }

        foreach (var (key, value) in changes)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(key, value);
            }
        }

        return request.Path + query.ToQueryString().ToString();
    }

    /// <summary>The link a column header carries: sorted by <paramref name="column"/>, the other way round when it is
    /// already, back on the first page.</summary>
    public static string Sort(HttpRequest request, string column, string current, bool descending) =>
        With(request, ("sort", column), ("desc", column == current && !descending ? "1" : null), ("page", null));
}
