using System;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Limits;

/// <summary>
/// <see cref="EntityFrameworkSubjectProcessingLimits{TContext}"/>, the same suite on every provider: restrictions and
/// objections outlive the instance that recorded them, another instance sees them after <c>ReloadAsync</c>, direct
/// marketing takes no grounds (GDPR art. 21(3)), a Guid is one subject in any form, the register refuses to answer
/// before it is loaded, and <c>Disclose</c> honours it when it is registered in the container.
/// </summary>
public abstract class SubjectProcessingLimitsSuite : IAsyncLifetime
{
    protected const string Subject = "C-100234";

    private static readonly Instant Now = Instant.FromUtc(2026, 11, 30, 10, 0);

    private readonly FakeClock _clock = new(Now);

    public virtual async Task InitializeAsync()
    {
        await using var context = new LimitsContext(Options().Options);
        await context.Database.EnsureCreatedAsync();
    }

    public abstract Task DisposeAsync();

    /// <summary>Points the options at this test's database.</summary>
    protected abstract DbContextOptionsBuilder Configure(DbContextOptionsBuilder options);

    private DbContextOptionsBuilder<LimitsContext> Options()
    {
        var options = new DbContextOptionsBuilder<LimitsContext>();
        Configure(options);
        return options;
    }

    /// <summary>A restriction is seen by a new instance loaded from the database; lifting it reaches the other at its next reload.</summary>
    protected async Task ARestrictionOutlivesTheInstanceAndIsLiftedAsync()
    {
        EntityFrameworkSubjectProcessingLimits<LimitsContext> one = await LoadedAsync();
        await one.RestrictAsync(Subject);
        await one.RestrictAsync(Subject);
        Assert.True(one.IsRestricted(Subject));

        EntityFrameworkSubjectProcessingLimits<LimitsContext> restarted = await LoadedAsync();
        Assert.True(restarted.IsRestricted(Subject));
        Assert.False(restarted.IsRestricted("C-999999"));
        Assert.Equal(Now, restarted.LoadedAt);
        Assert.Equal(1, await CountAsync<SubjectRestrictionRow>());

        Assert.True(await one.LiftRestrictionAsync(Subject));
        Assert.False(one.IsRestricted(Subject));
        Assert.False(await one.LiftRestrictionAsync(Subject));

        // The other process still answers from its snapshot until it reloads.
        Assert.True(restarted.IsRestricted(Subject));
        await restarted.ReloadAsync();
        Assert.False(restarted.IsRestricted(Subject));
        Assert.False((await LoadedAsync()).IsRestricted(Subject));
    }

    /// <summary>An objection and the grounds recorded against it are stored; a new objection drops the grounds (art. 21(1)).</summary>
    protected async Task AnObjectionAndItsGroundsOutliveTheInstanceAsync()
    {
        EntityFrameworkSubjectProcessingLimits<LimitsContext> one = await LoadedAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => one.RecordCompellingGroundsAsync(Subject, Purpose.Security, "No objection yet"));
        Assert.Equal(0, await CountAsync<SubjectObjectionRow>());

        await one.ObjectAsync(Subject, Purpose.Security);
        EntityFrameworkSubjectProcessingLimits<LimitsContext> two = await LoadedAsync();
        Assert.True(two.HasObjected(Subject, Purpose.Security));
        Assert.False(two.HasObjected(Subject, Purpose.ServiceDelivery));
        Assert.Null(two.CompellingGroundsFor(Subject, Purpose.Security));

        // Grounds recorded by another instance against the objection this one stored.
        await two.RecordCompellingGroundsAsync(Subject, Purpose.Security, "Ongoing fraud investigation on the line");
        Assert.Equal("Ongoing fraud investigation on the line", two.CompellingGroundsFor(Subject, Purpose.Security));
        Assert.Equal("Ongoing fraud investigation on the line", (await LoadedAsync()).CompellingGroundsFor(Subject, Purpose.Security));

        // Objecting again weighs it anew, in the database too.
        await one.ObjectAsync(Subject, Purpose.Security);
        Assert.Null(one.CompellingGroundsFor(Subject, Purpose.Security));
        EntityFrameworkSubjectProcessingLimits<LimitsContext> three = await LoadedAsync();
        Assert.True(three.HasObjected(Subject, Purpose.Security));
        Assert.Null(three.CompellingGroundsFor(Subject, Purpose.Security));
        Assert.Equal(1, await CountAsync<SubjectObjectionRow>());
    }

    /// <summary>An objection to direct marketing takes no grounds (art. 21(3)), for <see cref="Purpose.Marketing"/> and a company purpose named so.</summary>
    protected async Task AnObjectionToDirectMarketingTakesNoGroundsAsync()
    {
        var offers = (Purpose)(1 << 17);
        EntityFrameworkSubjectProcessingLimits<LimitsContext> limits = await LoadedAsync(offers);
        await limits.ObjectAsync(Subject, Purpose.Marketing);
        await limits.ObjectAsync(Subject, offers);

        foreach (Purpose purpose in new[] { Purpose.Marketing, offers })
        {
            InvalidOperationException refused = await Assert.ThrowsAsync<InvalidOperationException>(() => limits.RecordCompellingGroundsAsync(Subject, purpose, "Campaign already planned"));
            Assert.Contains("art. 21(3)", refused.Message, StringComparison.Ordinal);
            Assert.True(limits.IsDirectMarketing(purpose));
        }

        EntityFrameworkSubjectProcessingLimits<LimitsContext> restarted = await LoadedAsync(offers);
        Assert.True(restarted.HasObjected(Subject, Purpose.Marketing));
        Assert.True(restarted.HasObjected(Subject, offers));
        Assert.Null(restarted.CompellingGroundsFor(Subject, Purpose.Marketing));
        Assert.False(restarted.IsDirectMarketing(Purpose.Security));
        await Assert.ThrowsAsync<ArgumentException>(() => restarted.ObjectAsync(Subject, Purpose.Marketing | Purpose.Security));
    }

    /// <summary>A Guid is one subject whichever form a clerk typed it in: the register keeps the form generated code writes.</summary>
    protected async Task AGuidIsOneSubjectInEveryFormAsync()
    {
        var key = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        EntityFrameworkSubjectProcessingLimits<LimitsContext> limits = await LoadedAsync();
        await limits.RestrictAsync(key.ToString("B").ToUpperInvariant());
        await limits.ObjectAsync(key.ToString("N"), Purpose.Security);

        EntityFrameworkSubjectProcessingLimits<LimitsContext> restarted = await LoadedAsync();
        Assert.True(restarted.IsRestricted(key.ToString()));
        Assert.True(restarted.HasObjected(key.ToString().ToUpperInvariant(), Purpose.Security));
        await using (LimitsContext context = new(Options().Options))
        {
            Assert.Equal(key.ToString(), (await context.Set<SubjectRestrictionRow>().SingleAsync()).SubjectId);
        }

        Assert.True(await restarted.LiftRestrictionAsync(key.ToString("N").ToUpperInvariant()));
        Assert.False((await LoadedAsync()).IsRestricted(key.ToString()));
    }

    /// <summary>Before it is loaded the register answers nothing: it throws naming ReloadAsync, never "not restricted".</summary>
    protected async Task BeforeItIsLoadedTheRegisterRefusesToAnswerAsync()
    {
        await (await LoadedAsync()).RestrictAsync(Subject);
        EntityFrameworkSubjectProcessingLimits<LimitsContext> limits = Register();

        Assert.Null(limits.LoadedAt);
        foreach (Action ask in new Action[] { () => limits.IsRestricted(Subject), () => limits.HasObjected(Subject, Purpose.Security), () => limits.CompellingGroundsFor(Subject, Purpose.Security) })
        {
            InvalidOperationException refused = Assert.Throws<InvalidOperationException>(ask);
            Assert.Contains("ReloadAsync()", refused.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Subject, refused.Message, StringComparison.Ordinal);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => limits.LiftRestrictionAsync(Subject));
        Assert.Equal(1, await CountAsync<SubjectRestrictionRow>());
        await limits.ReloadAsync();
        Assert.True(limits.IsRestricted(Subject));
    }

    /// <summary>
    /// Registered with <c>AddEntityFrameworkSubjectProcessingLimits</c>, the register is what <c>Disclose</c> reads: before
    /// it is loaded a disclosure fails closed; a restriction refuses it (art. 18(1)), a legal claim lets it go (art. 18(2)).
    /// </summary>
    protected async Task DiscloseHonoursTheRegisteredDatabaseRegisterAsync()
    {
        const string Collector = "Incassobureau BV";
        await using ServiceProvider provider = new ServiceCollection()
            .AddSingleton<IClock>(_clock)
            .AddDbContextFactory<LimitsContext>(options => Configure(options))
            .AddEntityFrameworkSubjectProcessingLimits<LimitsContext>()
            .AddPrivacyPolicy(options =>
            {
                options.Pseudonymization.KeyId = "test-2026";
                options.Pseudonymization.Key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
                options.Recipients.Add(new RecipientDeclaration(Collector, RecipientRole.IndependentController, Purpose.Billing));
            })
            .BuildServiceProvider();
        IPrivacyPolicy policy = provider.GetRequiredService<IPrivacyPolicy>();
        EntityFrameworkSubjectProcessingLimits<LimitsContext> limits = provider.GetRequiredService<EntityFrameworkSubjectProcessingLimits<LimitsContext>>();
        Assert.Same(limits, provider.GetRequiredService<ISubjectProcessingLimits>());
        var customer = new CustomerRow { CustomerId = Subject, Name = "Jan de Vries", LastInvoiceAt = Now };

        Assert.Throws<InvalidOperationException>(() => policy.Disclose(customer, Collector, Purpose.Billing));

        await limits.ReloadAsync();
        Assert.Equal("Jan de Vries", policy.Disclose(customer, Collector, Purpose.Billing).Name);
        await limits.RestrictAsync(Subject);
        DisclosureRefusedException refused = Assert.Throws<DisclosureRefusedException>(() => policy.Disclose(customer, Collector, Purpose.Billing));
        Assert.Equal(DisclosureRefusal.Restricted, refused.Reason);
        Assert.DoesNotContain(Subject, refused.Message, StringComparison.Ordinal);
        Assert.Equal("Jan de Vries", policy.Disclose(customer, Collector, Purpose.Billing, RestrictionExemption.LegalClaims).Name);
    }

    private EntityFrameworkSubjectProcessingLimits<LimitsContext> Register(Purpose directMarketing = Purpose.None)
        => new(new LimitsContextFactory(() => Options().Options), _clock, directMarketing);

    private async Task<EntityFrameworkSubjectProcessingLimits<LimitsContext>> LoadedAsync(Purpose directMarketing = Purpose.None)
    {
        EntityFrameworkSubjectProcessingLimits<LimitsContext> limits = Register(directMarketing);
        await limits.ReloadAsync();
        return limits;
    }

    private async Task<int> CountAsync<TRow>()
        where TRow : class
    {
        await using var context = new LimitsContext(Options().Options);
        return await context.Set<TRow>().CountAsync();
    }
}
