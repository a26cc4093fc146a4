using Microsoft.AspNetCore.Http;

namespace Luoshi.Web.Pages;

/// <summary>Which page of how many a list shows, and the query key that names its page (page, opage…).</summary>
public sealed record PagerView(HttpRequest Request, int Page, int Pages, string Key = "page");
