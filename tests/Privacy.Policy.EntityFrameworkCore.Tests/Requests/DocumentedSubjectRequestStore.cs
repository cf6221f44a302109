using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Privacy.Policy.EntityFrameworkCore.Tests.Requests;

/// <summary>The registration docs/requests.md shows, word for word between the markers.</summary>
public static class DocumentedSubjectRequestStore
{
    public static IServiceCollection Register(IServiceCollection services, string connectionString, Action<PrivacyPolicyOptions>? configure = null)
    {
        // requests: ef-register
        services.AddDbContextFactory<ServiceContext>(options => options.UseNpgsql(connectionString));
        services.AddEntityFrameworkSubjectRequests<ServiceContext>();   // the ISubjectRequestStore: a context per call
        services.AddPrivacyPolicy(configure);                            // SubjectRequests keeps its requests in the database
        // end requests
        return services;
    }
}
