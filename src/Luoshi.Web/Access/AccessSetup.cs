using Luoshi.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Luoshi.Web.Access;

/// <summary>Sign-in by cookie (people) or bearer token (machines), the policies, the sign-in throttle and the
/// anti-forgery cookie, with the settings a government intranet audit asks for.</summary>
internal static class AccessSetup
{
    private const string Either = "cookie-or-token";
    private static readonly TimeSpan Revalidate = TimeSpan.FromMinutes(2);

    public static IServiceCollection AddLuoshiAccess(this IServiceCollection services)
    {
        services.AddAuthentication(Either)
            .AddPolicyScheme(Either, Either, o => o.ForwardDefaultSelector = context =>
                ApiTokens.Secret(context.Request) is null ? CookieAuthenticationDefaults.AuthenticationScheme : ApiTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = "luoshi.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/denied";
                o.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = RecheckAccountAsync;
            });
        services.AddAuthorization(Policies.Add);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "luoshi.af";
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__af";
        });
        services.AddSingleton<SignInThrottle>();
        return services;
    }

    /// <summary>Scripts calling the API get a status code, not a redirect to an HTML sign-in page.</summary>
    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>A disabled account loses its open sessions within minutes, not when its cookie expires hours later.</summary>
    private static async Task RecheckAccountAsync(CookieValidatePrincipalContext context)
    {
        var now = DateTimeOffset.UtcNow;
        if (context.Properties.Items.TryGetValue("checked", out var text) && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var at) && now - at < Revalidate)
        {
            return;
        }

        var ledger = context.HttpContext.RequestServices.GetRequiredService<Ledger>();
        var login = context.Principal?.Login();
        var account = login is null ? null : await ledger.FindAccountAsync(login, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (account is null || account.Disabled)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return;
        }

        context.Properties.Items["checked"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        context.ShouldRenew = true;
    }
}
