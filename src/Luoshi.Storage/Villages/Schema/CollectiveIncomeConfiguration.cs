using Luoshi.Domain.Units;
using Luoshi.Domain.Villages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Villages.Schema;

/// <summary>collective_incomes: one figure per village and year; income_thresholds: the office's line per year.</summary>
internal sealed class CollectiveIncomeConfiguration : IEntityTypeConfiguration<CollectiveIncome>, IEntityTypeConfiguration<IncomeThreshold>
{
    public void Configure(EntityTypeBuilder<CollectiveIncome> builder)
    {
        builder.ToTable("collective_incomes");
        builder.HasIndex(i => new { i.VillageId, i.Year }).IsUnique();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(i => i.VillageId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.Amount).HasPrecision(18, 4);
    }

    public void Configure(EntityTypeBuilder<IncomeThreshold> builder)
    {
        builder.ToTable("income_thresholds");
        builder.HasKey(t => t.Year);
        builder.Property(t => t.Year).ValueGeneratedNever();
        builder.Property(t => t.Amount).HasPrecision(18, 4);
    }
}
