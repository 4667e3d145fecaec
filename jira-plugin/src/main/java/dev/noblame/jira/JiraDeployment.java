package dev.noblame.jira;

/** Cloud speaks REST v3 with ADF and token paging; Data Center speaks v2 with wiki markup and offsets. */
public enum JiraDeployment {
    CLOUD("/rest/api/3"), DATACENTER("/rest/api/2");

    private final String apiRoot;

    JiraDeployment(String apiRoot) {
        this.apiRoot = apiRoot;
    }

    public String apiRoot() {
        return apiRoot;
    }
}
