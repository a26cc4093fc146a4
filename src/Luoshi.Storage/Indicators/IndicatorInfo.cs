using Luoshi.Domain.Reading;

namespace Luoshi.Storage.Indicators;

/// <summary>A computed indicator as the office sees it when binding a target.</summary>
/// <param name="Name">Stable name used in bindings and files (<c>air.good-day-share</c>).</param>
/// <param name="Title">Chinese name (城区空气质量优良天数比例).</param>
/// <param name="TitleEn">English name.</param>
/// <param name="Unit">Unit of the values it produces (%, 个, 万元).</param>
/// <param name="Nature">What its period values are — a level held all year, a state climbing toward the goal, or
/// increments — which decides how a bound target is measured (docs/evaluation.md).</param>
/// <param name="Scope">What the scope after the colon names, with an example.</param>
/// <param name="Keywords">Words of a report's target that suggest this indicator (优良率, 断面水质达标率).</param>
/// <param name="DefaultScope">The scope suggested with it when the office has not named one (城区).</param>
public sealed record IndicatorInfo(
    string Name, string Title, string TitleEn, string Unit, ValueNature Nature, string Scope,
    IReadOnlyList<string>? Keywords = null, string? DefaultScope = null);
