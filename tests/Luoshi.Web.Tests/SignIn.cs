using System.Net;
using System.Text.RegularExpressions;

namespace Luoshi.Web.Tests;

/// <summary>Signs a client in through the real login form (with its anti-forgery token), as a browser would.</summary>
public static partial class SignIn
{
    public static async Task<HttpResponseMessage> AsAsync(HttpClient client, string login, string password = WebLedger.Password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await FormTokenAsync(client, "/login");
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = login, ["password"] = password, ["__af"] = token,
        }));
    }

    /// <summary>The anti-forgery token of the form on <paramref name="path"/>.</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(path);
        var match = Token().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"no anti-forgery token on {path}");
    }

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
