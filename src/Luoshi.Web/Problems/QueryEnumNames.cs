using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Luoshi.Web.Problems;

/// <summary>Lets a query parameter of an enumeration take the name the API documents (state=submitted,
/// state=not_monitored) as well as the C# one: the framework's binding knows only the latter. Runs after routing, so
/// it knows the operation's parameters; a value that names nothing is left for the binding to refuse.</summary>
internal static class QueryEnumNames
{
    public static IApplicationBuilder UseQueryEnumNames(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.QueryString.HasValue && context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>() is { } method)
        {
            Rewrite(context.Request, method);
        }

        await next(context).ConfigureAwait(false);
    });

    private static void Rewrite(HttpRequest request, MethodInfo method)
    {
        Dictionary<string, StringValues>? query = null;
        foreach (var parameter in method.GetParameters())
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (!type.IsEnum || parameter.Name is null || !request.Query.TryGetValue(parameter.Name, out var value) || value.Count != 1)
            {
                continue;
            }

            if (ApiNames.Member(type, value.ToString()) is { } member && member != value.ToString())
            {
                query ??= request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
                query[parameter.Name] = member;
            }
        }

        if (query is not null)
        {
            request.Query = new QueryCollection(query);
        }
    }
}
