import dev.noblame.pipeline.BuildFacts
import dev.noblame.pipeline.NoBlameApi

/**
 * Reports a deployment to NoBlame: call it with state 'started' before deploying and with the
 * outcome after, typically in post { success {...} failure {...} }.
 *
 *   noblameDeploy(service: 'checkout', environment: 'production', state: 'failed')
 *
 * Arguments: service, environment (required); environmentType (production|staging|testing|
 * development, told from the environment name when absent); state (started|successful|failed|
 * rolled_back|cancelled; from currentBuild.currentResult when absent); issueKeys (a list; when
 * absent, keys are extracted from the branch and the commit messages); changeSize; canary and
 * automaticRollback (true when the failure was caught before production); failOnError (default
 * false: a NoBlame outage does not fail a deploy); urlCredentialsId, tokenCredentialsId, transport.
 *
 * When NoBlame links the deployment to an incident, the build description names it.
 * Answers NoBlame's decision as a map ([outcome:, incident:, ...]) or null when not reached.
 */
def call(Map args = [:]) {
    String service = requireArg(args, 'service')
    String environment = requireArg(args, 'environment')
    String state = (args.state ?: stateFromResult(currentBuild.currentResult as String)).toString().toLowerCase()
    if (!(state in ['started', 'successful', 'failed', 'rolled_back', 'cancelled'])) {
        error("noblameDeploy: state must be started|successful|failed|rolled_back|cancelled (got '${state}')")
    }
    String branch = (env.BRANCH_NAME ?: env.GIT_BRANCH ?: args.branch) as String
    List<Map> commits = BuildFacts.commits(currentBuild)
    List<String> keys = args.issueKeys ? BuildFacts.strings(args.issueKeys)
            : BuildFacts.issueKeys(BuildFacts.keyTexts(branch, commits))
    long started = (currentBuild.startTimeInMillis ?: System.currentTimeMillis()) as long
    Map body = [service          : service,
                environment      : environment,
                environmentType  : args.environmentType,
                state            : state,
                pipeline         : env.JOB_NAME,
                buildNumber      : (env.BUILD_NUMBER ?: currentBuild.number) as long,
                buildUrl         : env.BUILD_URL,
                branch           : branch,
                issueKeys        : keys,
                commits          : commits,
                changeSize       : (args.changeSize ?: BuildFacts.changedFiles(currentBuild)) as int,
                startedAt        : BuildFacts.iso(started),
                finishedAt       : state == 'started' ? null : BuildFacts.iso(System.currentTimeMillis()),
                canary           : (args.canary ?: false) as boolean,
                automaticRollback: (args.automaticRollback ?: false) as boolean]
    Map answer = new NoBlameApi(this, args).post('/api/v1/integrations/jenkins/deployments', NoBlameApi.compact(body))
    if (answer.error) {
        String message = "noblameDeploy: could not report ${state} of ${service} to ${environment}: ${answer.error}"
        if (args.failOnError) {
            error(message)
        }
        echo(message)
        return null
    }
    Map decision = answer.json ?: [:]
    if (decision.incident) {
        String line = "NoBlame: ${describe(decision.outcome as String)} ${decision.incident}"
        currentBuild.description = currentBuild.description ? "${currentBuild.description}\n${line}" : line
        echo(line)
    }
    return decision
}

private static String requireArg(Map args, String name) {
    if (!args[name]) {
        throw new IllegalArgumentException("noblameDeploy: ${name} is required")
    }
    return args[name] as String
}

private static String stateFromResult(String result) {
    switch (result) {
        case 'SUCCESS': return 'successful'
        case 'ABORTED': case 'NOT_BUILT': return 'cancelled'
        default: return 'failed'
    }
}

private static String describe(String outcome) {
    switch (outcome) {
        case 'linked': return 'linked to incident'
        case 'candidate_opened': return 'opened incident'
        case 'near_miss_recorded': return 'recorded near-miss'
        default: return 'incident'
    }
}
