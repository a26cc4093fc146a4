using System.Net;
using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Web.Tests.Problems;

/// <summary>A share's part and whole count things: through the API, 2.5 of 10 households and a whole of 0 are refused
/// with a problem document naming the field, in Chinese first, and nothing is stored; 3 of 10 is kept.</summary>
public sealed class RatioPartsTests(WebLedger web) : IClassFixture<WebLedger>
{
    private const string Text = "一、农村\n农村户厕改造率达到60%。";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_fractional_or_empty_count_of_a_share_is_refused_by_the_api_naming_the_field()
    {
        var planId = await RatioPlanAsync();
        using var client = web.TokenClient(await web.TokenAsync("rsj"));
        var audited = (await web.Ledger.AuditAsync(limit: 100_000, ct: Ct)).Count;

        using var fraction = await client.PostAsync($"/api/plans/{planId}/reports",
            Calls.ReportBody("R1", 3, "三月改厕。", [new("R1.1", null, 2.5m, 10m, null)]), Ct);
        using var empty = await client.PostAsync($"/api/plans/{planId}/reports",
            Calls.ReportBody("R1", 3, "三月改厕。", [new("R1.1", null, 0m, 0m, null)]), Ct);

        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (fraction.StatusCode, fraction.Content.Headers.ContentType!.MediaType));
        var problem = await fraction.JsonAsync();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal("values[R1.1].numerator", problem.GetProperty("field").GetString());
        Assert.Equal("应为不小于 0 的整数，实际为 2.5", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var whole = await empty.JsonAsync();
        Assert.Equal(("values[R1.1].denominator", "应为不小于 1 的整数，实际为 0"), (whole.GetProperty("field").GetString(), whole.GetProperty("detail").GetString()));
        Assert.Empty(await web.Ledger.ListReportsAsync(planId, ct: Ct));
        Assert.Equal(audited, (await web.Ledger.AuditAsync(limit: 100_000, ct: Ct)).Count);

        using var counted = await client.PostAsync($"/api/plans/{planId}/reports",
            Calls.ReportBody("R1", 3, "三月改厕。", [new("R1.1", null, 3m, 10m, null)]), Ct);
        Assert.Equal(HttpStatusCode.Created, counted.StatusCode);
    }

    private async Task<int> RatioPlanAsync()
    {
        var plan = new Plan
        {
            Region = "测试县", Year = 2022, SourceName = "ratio.txt", SourceText = Text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text))),
            Sections = [new Section { Code = "S1", Number = "一", Title = "农村", Level = 1, Span = new SourceSpan(0, 4) }],
        };
        plan.Tasks.Add(new PlanTask
        {
            Code = "R1", SectionCode = "S1", Text = "农村户厕改造率达到60%", Span = new SourceSpan(5, 12), LeadUnit = TestPlan.Rsj,
            SupportingUnits = [], Deadline = new DateOnly(2022, 12, 31),
            Targets =
            [
                new Target
                {
                    Code = "R1.1", Text = "农村户厕改造率达到60%", Subject = "农村户厕改造率", Kind = TargetKind.Share, Comparator = Comparator.AtLeast,
                    Value = 60m, Unit = "%", Measure = Measure.Ratio, Deadline = new DateOnly(2022, 12, 31), Span = new SourceSpan(5, 12),
                },
            ],
        });
        var imported = await web.Ledger.ImportPlanAsync(plan, replace: false, Ct);
        return imported.PlanId;
    }
}
