// The BOM manages our artifacts, at undebate-parent's version, and nothing else: importing it
// must never pin a consumer's jsoup, Jackson, JUnit, AssertJ, picocli or JMH.
def effective = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/effective-pom.xml'))
def managed = effective.dependencyManagement.dependencies.dependency.collect {
    "${it.groupId}:${it.artifactId}:${it.version}".toString()
}
def version = new groovy.xml.XmlSlurper().parse(new File(parentPom)).version.text()
def expected = ['core', 'parser', 'pdf', 'formats', 'cli'].collect {
    "io.github.undebate:undebate-${it}:${version}".toString()
}
if (managed.sort() != expected.sort()) {
    throw new AssertionError("the BOM must manage exactly ${expected.sort()}, but a project importing it gets ${managed.sort()}")
}
println "undebate-bom manages ${managed.size()} artifacts, all ours, at ${version}"
return true
