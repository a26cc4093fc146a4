using Luoshi.Domain.Villages;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Villages;

/// <summary>Standards as data and assessments against them: tiers computed by the rules, bad rows placed, a used
/// standard frozen, a year re-imported replacing, not doubling.</summary>
public abstract class AssessmentImportTests<TDatabase> : VillageTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Fact]
    public async Task Standard_Csv_CriteriaAndTiersStoredInOrder()
    {
        Ok(await Villages.ImportStandardAsync(VillageFixture.Csv("standard.csv", VillageFixture.Standard), VillageFixture.StandardName, Ct));

        var standard = Assert.Single(await Villages.ListStandardsAsync(Ct));
        Assert.Equal("美丽宜居村2022", standard.Name);
        Assert.Equal(
            [("C1", CriterionKind.Score, 40m, true), ("C2", CriterionKind.PassFail, 20m, true), ("C3", CriterionKind.Score, 30m, false), ("C4", CriterionKind.PassFail, 10m, false)],
            standard.Criteria.Select(c => (c.Code, c.Kind, c.Weight, c.EvidenceRequired)));
        Assert.Equal([("干净整洁村", 60m, "C4"), ("美丽宜居村", 75m, "C2"), ("特色精品村", 90m, "")],
            standard.Tiers.Select(t => (t.Name, t.MinScore, string.Join('|', t.Required))));
    }

    [Fact]
    public async Task Standard_BadRows_EachPlacedAndNothingStored()
    {
        var file = VillageFixture.Csv("standard.csv", "section,code,name,kind,weight,evidence,min_score,requires\n"
            + "criterion,C1,村容,score,0,yes,,\n"
            + "criterion,C2,污水,maybe,20,,,\n"
            + "criterion,C1,厕所,score,30,sometimes,,\n"
            + "tier,,干净整洁村,,,,60,C9\n"
            + "tier,,美丽宜居村,,,,50,C1\n"
            + "level,,特色精品村,,,,90,\n");

        var result = await Villages.ImportStandardAsync(file, "坏标准", Ct);

        Assert.Equal(
            [
                "standard.csv, line 2, column weight: expected the points it is worth, a number above 0 (0 or empty allowed for pass), found '0'",
                "standard.csv, line 3, column kind: expected pass (达标) or score (评分), found 'maybe'",
                "standard.csv, line 4, column evidence: expected yes or no (是/否, 有/无, 1/0): whether evidence is required, found 'sometimes'",
                "standard.csv, line 7, column section: expected criterion (条目) or tier (等级), found 'level'",
                "standard.csv, line 5, column requires: unknown criterion 'C9': expected codes of this file's criteria, separated by |",
                "standard.csv, line 6, column min_score: tiers are listed lowest first: 50 is below the 60 of '干净整洁村' on row 5",
            ],
            Lines(result).Take(6));
        Assert.Empty(await Villages.ListStandardsAsync(Ct));
    }

    [Fact]
    public async Task Assessments_TiersComputedByTheRules()
    {
        await ImportAllAsync();

        var list = await Villages.ListAsync(null, 2022, new DateOnly(2022, 12, 31), Ct);

        // 96 → 特色精品村; 80 → 美丽宜居村; 70 with C2 failed → 干净整洁村; 86 with C4 failed → no tier; 100; 2021's 80.
        Assert.Equal(
            [("V11", 96m, "特色精品村"), ("V12", 80m, "美丽宜居村"), ("V13", 70m, "干净整洁村"), ("V14", 86m, null), ("V15", null, null), ("V21", 100m, "特色精品村"), ("V22", 80m, "美丽宜居村")],
            list.Select(v => (v.Code, v.Score, v.Tier)));
        Assert.Equal(2021, list.Single(v => v.Code == "V22").AssessedYear);
    }

    [Fact]
    public async Task Assessments_Again_ReplaceTheVillageYearAndAuditTheChange()
    {
        await ImportAllAsync();
        var before = await CountAsync("village_assessments");

        var lowered = VillageFixture.Assessments.Replace("V12,2022,C2,通过", "V12,2022,C2,不通过", StringComparison.Ordinal);
        Ok(await Villages.ImportAssessmentsAsync(VillageFixture.Csv("assess.csv", lowered), VillageFixture.StandardName, Ct));

        Assert.Equal(before, await CountAsync("village_assessments"));
        var v12 = (await Villages.ListAsync("T1", 2022, new DateOnly(2022, 12, 31), Ct)).Single(v => v.Code == "V12");
        Assert.Equal((60m, "干净整洁村"), (v12.Score, v12.Tier));
        var change = Assert.Single(await Ledger.AuditAsync(20, "village", Ct));
        Assert.Equal(("assessment.update", "V12"), (change.Action, change.EntityKey));
        Assert.Contains("\"Tier\":\"美丽宜居村\"", change.Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assessments_BadRows_EveryProblemPlacedAndNothingStored()
    {
        await ImportAllAsync();
        var before = await CountAsync("village_assessments");
        var file = VillageFixture.Csv("assess.csv", "village,year,criterion,result,evidence,assessed_on\n"
            + "V99,2023,C1,30,照片,\n"
            + "V11,23,C1,30,照片,\n"
            + "V12,2023,C1,45,照片,\n"
            + "V12,2023,C2,pass,,\n"
            + "V12,2023,C3,maybe,,\n"
            + "V12,2023,C5,pass,,\n"
            + "V13,2023,C1,30,照片,2023-02-30\n"
            + "V14,2023,C1,30,照片,2023-05-01\n"
            + "V14,2023,C1,30,照片,2023-05-01\n");

        var result = await Villages.ImportAssessmentsAsync(file, VillageFixture.StandardName, Ct);

        Assert.Equal(
            [
                "assess.csv, line 2, column village: unknown village 'V99': expected the code or full name (镇名+村名) of a village in the ledger (luoshi villages import)",
                "assess.csv, line 3, column year: expected the year assessed (2022), found '23'",
                "assess.csv, line 4, column result: criterion C1 is scored: expected points from 0 to 40, found '45'",
                "assess.csv, line 5, column evidence: criterion C2 requires evidence (a file number, photo set or minutes) for a met or scored result",
                "assess.csv, line 6, column result: criterion C3 is scored: expected points from 0 to 30, found 'maybe'",
                "assess.csv, line 7, column criterion: unknown criterion 'C5': the standard has C1, C2, C3, C4",
                "assess.csv, line 8, column assessed_on: expected a date such as 2022-06-30, the day the result took effect; found '2023-02-30'",
                "assess.csv, line 10, column criterion: V14 2023: criterion C1 is already given on row 9",
                "assess.csv, line 9, column criterion: V14 2023: every criterion of the standard needs a result; missing C2, C3, C4",
            ],
            Lines(result));
        Assert.Equal(before, await CountAsync("village_assessments"));
    }

    [Fact]
    public async Task Standard_UsedByAssessments_IsFrozenButTheSameFileIsFine()
    {
        await ImportAllAsync();

        var same = await Villages.ImportStandardAsync(VillageFixture.Csv("standard.csv", VillageFixture.Standard), VillageFixture.StandardName, Ct);
        var changed = await Villages.ImportStandardAsync(
            VillageFixture.Csv("standard.csv", VillageFixture.Standard.Replace("75,C2", "70,C2", StringComparison.Ordinal)), VillageFixture.StandardName, Ct);
        var unknown = await Villages.ImportAssessmentsAsync(VillageFixture.Csv("assess.csv", VillageFixture.Assessments), "美丽宜居村2030", Ct);

        Ok(same);
        Assert.Equal(
            "the standard '美丽宜居村2022' differs from the stored one, which 6 assessment(s) were made against; import the change under a new name (e.g. with the year) so that past tiers stay as they were",
            Assert.Single(Lines(changed)));
        Assert.Equal("field standard: unknown standard '美丽宜居村2030' (known: 美丽宜居村2022)", Assert.Single(Lines(unknown)));
    }
}

public sealed class SqliteAssessmentImportTests : AssessmentImportTests<SqliteTestDatabase>;

public sealed class PostgresAssessmentImportTests : AssessmentImportTests<PostgresTestDatabase>;
