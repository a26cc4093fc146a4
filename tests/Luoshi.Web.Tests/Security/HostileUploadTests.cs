using System.Net;
using Luoshi.InputLimits.Tests;

namespace Luoshi.Web.Tests.Security;

/// <summary>A zip bomb or a DTD-bearing workbook uploaded through the web forms that read .xlsx (a unit's template on its
/// workspace, the office's village files) is refused on the page with the reason and the place, nothing is stored, and
/// the server does not fall over.</summary>
public sealed class HostileUploadTests(WebLedger web) : IClassFixture<WebLedger>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-uploads-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_unit_reporters_template_unpacking_to_two_gibibytes_is_refused_on_its_workspace()
    {
        var bomb = Path.Combine(_directory, "人社局-2022-09.xlsx");
        HostilePackages.BombWorkbook(bomb, 2L * 1024 * 1024 * 1024);
        using var rsj = await web.SignedInAsync("rsj");
        var token = await SignIn.FormTokenAsync(rsj, "/workspace");
        var before = await web.Ledger.ChangeStampAsync(Ct);

        var response = await rsj.PostAsync("/workspace?handler=Import", Upload(token, "template", bomb), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("人社局-2022-09.xlsx：压缩包解压后至少 2 GiB，上限 64 MiB（疑似压缩炸弹），未读取", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(before, await web.Ledger.ChangeStampAsync(Ct));
    }

    [Fact]
    public async Task An_office_village_file_with_a_dtd_is_refused_naming_the_entry_line_and_column()
    {
        var dtd = Path.Combine(_directory, "villages.xlsx");
        HostilePackages.Workbook(dtd, s => HostilePackages.Write(s, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"b\">]>\n<worksheet>&a;</worksheet>"));
        using var office = await web.SignedInAsync("office");
        var token = await SignIn.FormTokenAsync(office, "/villages/upload");
        var before = await web.Ledger.ChangeStampAsync(Ct);

        var form = Upload(token, "file", dtd);
        form.Add(new StringContent("villages"), "kind");
        var response = await office.PostAsync("/villages/upload", form, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("villages.xlsx，xl/worksheets/sheet1.xml，第 2 行，1 列：含有文档类型定义（DTD），不予读取", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(before, await web.Ledger.ChangeStampAsync(Ct));
    }

    private static MultipartFormDataContent Upload(string token, string field, string path) => new()
    {
        { new StringContent(token), "__af" },
        { new ByteArrayContent(File.ReadAllBytes(path)), field, Path.GetFileName(path) },
    };
}
