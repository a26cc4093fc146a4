using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Villages;

namespace Luoshi.Storage.Tests.Villages;

/// <summary>A ledger with the fixture's units, and short ways to import the fixture's files.</summary>
public abstract class VillageTestBase<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected VillageLedger Villages => Ledger.Villages;

    protected async Task ImportUnitsAsync()
    {
        var units = await Ledger.ImportUnitsAsync(WriteFile("units.csv", VillageFixture.Units), null, Ct);
        Assert.True(units.Succeeded, string.Join("\n", units.Errors));
    }

    /// <summary>Units, villages, the standard, assessments, sewage and income of the fixture, each import checked.</summary>
    protected async Task ImportAllAsync()
    {
        await ImportUnitsAsync();
        Ok(await Villages.ImportAsync(VillageFixture.Csv("villages.csv", VillageFixture.Villages), Ct));
        Ok(await Villages.ImportStandardAsync(VillageFixture.Csv("standard.csv", VillageFixture.Standard), VillageFixture.StandardName, Ct));
        Ok(await Villages.ImportAssessmentsAsync(VillageFixture.Csv("assess.csv", VillageFixture.Assessments), VillageFixture.StandardName, Ct));
        Ok(await Villages.ImportSewageAsync(VillageFixture.Csv("sewage.csv", VillageFixture.Sewage), Ct));
        Ok(await Villages.ImportIncomeAsync(VillageFixture.Csv("income.csv", VillageFixture.Income), Ct));
        Assert.True((await Villages.SetIncomeThresholdAsync(2022, 10m, Ct)).Succeeded);
    }

    protected static void Ok(CsvImportResult result) => Assert.True(result.Succeeded, string.Join("\n", result.Errors));

    protected static string[] Lines(CsvImportResult result) => [.. result.Errors.Select(e => e.ToWords().En)];
}
