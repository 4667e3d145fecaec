/** Confluence: storage-format macro renderers, page publisher and HTML preview. */
package dev.noblame.confluence;
