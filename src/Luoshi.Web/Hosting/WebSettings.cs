namespace Luoshi.Web.Hosting;

/// <summary>How the web host runs: the "as of" day it evaluates targets on and whether it serves demo data.</summary>
/// <param name="AsOf">A fixed day to evaluate on (the demo's day); null for today in China Standard Time.</param>
/// <param name="Demo">True when the ledger holds generated 演示数据, which every page then says.</param>
public sealed record WebSettings(DateOnly? AsOf = null, bool Demo = false)
{
    /// <summary>Where the keys that sign sign-in cookies and anti-forgery tokens are kept; several instances behind one
    /// address share one directory so a cookie from one is good on the others. Null: the user profile's default.</summary>
    public string? KeysDirectory { get; init; }

    /// <summary>Largest attachment accepted, in bytes (the domain's <see cref="Domain.Attachments.AttachmentRules.DefaultMaxBytes"/>
    /// unless configured).</summary>
    public long MaxAttachmentBytes { get; init; } = Domain.Attachments.AttachmentRules.DefaultMaxBytes;

    /// <summary>Largest form a page takes in, in bytes: four attachments over the limit still arrive whole, so the form
    /// comes back with what was typed and the file refused beside its field rather than a dropped connection. The API
    /// keeps <see cref="MaxAttachmentBytes"/> and a megabyte.</summary>
    public long MaxFormBytes => (4 * MaxAttachmentBytes) + (1024 * 1024);

    /// <summary>Sign-in attempts one client address may make per minute before it has to wait: enough for a 300-person
    /// office behind one NAT address all signing in within the same minute (docs/web.md, Signing in).</summary>
    public int SignInAttemptsPerMinute { get; init; } = 300;

    /// <summary>Failed sign-ins one client address may make per minute before it has to wait: that 300-person office
    /// may mistype one password in five, while a guesser trying many logins from one address meets it.</summary>
    public int SignInFailuresPerMinute { get; init; } = 60;
}
