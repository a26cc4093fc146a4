namespace Luoshi.Bench.Ledger;

/// <summary>What a generated plan is made of: whose and which year it is, the seed of its random choices, the units
/// its tasks are led by and its size.</summary>
/// <param name="Region">The region whose plan it is (县01, a city…).</param>
/// <param name="Year">The plan year; target deadlines fall in it.</param>
/// <param name="Seed">Seed of the plan's own generator, so a plan is the same whatever else is made.</param>
/// <param name="LeadUnits">Names of the units a task's lead is drawn from, uniformly.</param>
/// <param name="Tasks">Tasks in the plan.</param>
/// <param name="TargetsPerTask">Targets of each task.</param>
internal sealed record PlanRecipe(string Region, int Year, int Seed, IReadOnlyList<string> LeadUnits, int Tasks, int TargetsPerTask);
