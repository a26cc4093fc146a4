using Luoshi.Storage;
using Luoshi.Web.Reading;
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

    /// <summary>Every request's cookie is checked against the stored account, so a disabled (or removed) account loses its
    /// open sessions at its next request, on every instance. The account is read through the ledger's change stamp:
    /// disabling writes the audit trail, which moves the stamp, so the check costs no query while nothing changed and
    /// is never stale once something did.</summary>
    private static async Task RecheckAccountAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var ledger = services.GetRequiredService<Ledger>();
        var user = context.Principal;
        var login = user?.Login();
        var account = login is null ? null : await services.GetRequiredService<LedgerReads>()
            .CachedAsync("account:" + login, token => ledger.FindAccountAsync(login, token), context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (user is null || account is null || account.Disabled || user.Role() != account.Role || user.UnitName() != account.Unit)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        }
    }
}
