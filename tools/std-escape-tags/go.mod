module cranego/tools/std-escape-tags

go 1.22
