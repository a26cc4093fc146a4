using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Luoshi.Web.Api;
using Luoshi.Web.Problems;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Luoshi.Web.Hosting;

/// <summary>Composes the web host: the ledger, access control, pages, the REST API and its OpenAPI document.
/// <c>luoshi serve</c> runs it; tests start it in-process on a free port.</summary>
public static class LuoshiWebApp
{
    /// <summary>Builds the application over an opened <paramref name="ledger"/>; <paramref name="configure"/> lets
    /// the caller set addresses, logging or services before it is built.</summary>
    public static WebApplication Build(Ledger ledger, WebSettings settings, string[]? args = null, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            // Razor Pages are found in the application's assembly; the host program is the command-line tool.
            ApplicationName = typeof(LuoshiWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (settings.Demo)
        {
            // The demo's signing keys are thrown away with its database; the warning that they are stored unencrypted
            // matters on a real server only, where it stays.
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        }

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxFormBytes);
        AddServices(builder.Services, ledger, settings);
        configure?.Invoke(builder);

        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void AddServices(IServiceCollection services, Ledger ledger, WebSettings settings)
    {
        services.AddSingleton(ledger);
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LedgerClock>();
        services.AddMemoryCache(o => o.SizeLimit = 10_000);
        var keys = services.AddDataProtection().SetApplicationName("Luoshi");
        if (settings.KeysDirectory is not null)
        {
            keys.PersistKeysToFileSystem(new DirectoryInfo(settings.KeysDirectory));
        }

        services.AddReading();
        services.AddLuoshiAccess();
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Denied");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToFolder("/Public");
        });
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = settings.MaxFormBytes);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            // Chinese as characters, not \uXXXX: the API's answers read as they are (HTML-sensitive characters stay escaped).
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });
        // Chinese text as characters, not &#x...; entities: pages stay a third of the size and readable in the source.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddProblemAnswers();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Luoshi (落实) API";
            document.Info.Description = "The ledger of a government work report: plans, tasks, targets, progress reports, review and audit. " +
                "Authenticate with `Authorization: Bearer <API token>` (issued with `luoshi tokens create`); a token acts with its account's role and unit.";
            document.Components ??= new Microsoft.OpenApi.OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, Microsoft.OpenApi.IOpenApiSecurityScheme>
            {
                ["token"] = new Microsoft.OpenApi.OpenApiSecurityScheme
                {
                    Type = Microsoft.OpenApi.SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An API token (lsk_…) from /account or `luoshi tokens create`; it has its account's role and unit.",
                },
            };
            // Every operation but the public ones needs it; those say so in their own paths (/api/public, /healthz).
            document.Security = [new Microsoft.OpenApi.OpenApiSecurityRequirement { [new Microsoft.OpenApi.OpenApiSecuritySchemeReference("token", document)] = [] }];
            return Task.CompletedTask;
        }));
        services.AddRequestLocalization(o =>
        {
            CultureInfo[] cultures = [new("zh-CN"), new("en")];
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" }, new CookieRequestCultureProvider(),
                new ApiLanguageProvider { Options = o },
            ];
        });
    }

    private static void Configure(WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseProblemAnswers();
        app.UseApiBodyLimit();
        app.UseEmbeddedAssets();
        app.UseRouting();
        app.UseQueryEnumNames();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapLuoshiApi();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // The trivial endpoint: a load test compares the overview's latency with this one's on the same server.
        app.MapGet("/healthz", () => TypedResults.Text("ok")).AllowAnonymous().ExcludeFromDescription();
    }
}
