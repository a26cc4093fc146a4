using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Luoshi.Domain.Wording;
using Microsoft.AspNetCore.Http;

namespace Luoshi.Web.Problems;

/// <summary>What was wrong with a request the framework could not bind (<see cref="BadHttpRequestException"/>): a body
/// that is no JSON, a JSON value of the wrong type or out of range (period 3.5, NaN, 1e400, version null), a query
/// parameter that is not of its type (limit 2147483648, an unknown state), said as a <see cref="Problem"/> with the
/// field at fault.</summary>
internal static partial class RequestProblems
{
    public static Problem Of(BadHttpRequestException e, Endpoint? endpoint)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (Find<JsonException>(e) is { } json)
        {
            return OfJson(json);
        }

        var message = e.Message;
        if (BindFailure().Match(message) is { Success: true } bind)
        {
            return OfParameter(bind.Groups["name"].Value, bind.Groups["value"].Value, endpoint);
        }

        if (Required().Match(message) is { Success: true } required)
        {
            return required.Groups["source"].Value == "body"
                ? new Problem(Catalogue.Requests.NoBody, Place.OfField("body"))
                : new Problem(Catalogue.Requests.Missing(required.Groups["name"].Value), Place.OfField(required.Groups["name"].Value));
        }

        return e.StatusCode == StatusCodes.Status415UnsupportedMediaType
            ? new Problem(Catalogue.Requests.NotJsonMedia(MediaType().Match(message) is { Success: true } m ? m.Groups[1].Value : null), Place.OfField("body"))
            : new Problem(Catalogue.Requests.NoBody, Place.OfField("body"));
    }

    // "$.values[0].value" names the field. A value the reader cannot even read (NaN, a cut-off body) breaks the JSON
    // itself, said as such; a well-formed value of the wrong type or range is that field's problem.
    private static Problem OfJson(JsonException json)
    {
        var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
        var syntax = json.InnerException is JsonException || json.GetType() != typeof(JsonException);
        return new Problem(syntax ? Catalogue.Requests.NotJson(json.LineNumber, json.BytePositionInLine) : Catalogue.Requests.BadValue(field), Place.OfField(field));
    }

    private static Problem OfParameter(string name, string value, Endpoint? endpoint)
    {
        var type = ParameterType(endpoint, name);
        var words = type is { IsEnum: true } ? Catalogue.Requests.NotOneOf(name, value, ApiNames.Of(type))
            : type == typeof(int) ? Catalogue.Requests.NotWholeNumber(name, value)
            : Catalogue.Requests.BadParameter(name, value);
        return new Problem(words, Place.OfField(name));
    }

    private static Type? ParameterType(Endpoint? endpoint, string name)
    {
        var parameter = endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
            .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return parameter is null ? null : Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
    }

    private static T? Find<T>(Exception? e)
        where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    // The framework's own sentences: Failed to bind parameter "int? limit" from "2147483648".
    [GeneratedRegex("""^Failed to bind parameter "(?:[^"]*\s)?(?<name>\w+)" from "(?<value>.*)"\.$""", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    // Required parameter "ReviewBody body" was not provided from body.
    [GeneratedRegex("""^Required parameter "(?:[^"]*\s)?(?<name>\w+)" was not provided from (?<source>[\w ]+)\.$""", RegexOptions.CultureInvariant)]
    private static partial Regex Required();

    [GeneratedRegex("""but got "([^"]*)"|but got '([^']*)'""", RegexOptions.CultureInvariant)]
    private static partial Regex MediaType();
}
