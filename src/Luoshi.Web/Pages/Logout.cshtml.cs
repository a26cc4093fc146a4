using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages;

/// <summary>Signs out; a POST with the anti-forgery token, so another site cannot sign a person out.</summary>
public sealed class LogoutModel : PageModel
{
    /// <summary>A plain visit goes back to the start.</summary>
    public IActionResult OnGet() => Redirect("/");

    /// <summary>Ends the session.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/login");
    }
}
